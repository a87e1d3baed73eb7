// Topics (专题): curated, ordered reading lists across the three libraries (issue 7).
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { LibraryEntry, LibraryName } from './library';

export type TopicEntry = CollectionEntry<'topics'>;

/** Published topics in home-page order (`order`, then title). */
export async function loadTopics(): Promise<TopicEntry[]> {
  return (await getCollection('topics', (topic) => !topic.data.draft)).sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-Hans-CN'),
  );
}

/** Reference of an entry as topics write it, e.g. "materials/lun-jianxing-liangxue-yizuo". */
export function entryRef(entry: { collection: string; id: string }): string {
  return `${entry.collection}/${entry.id}`;
}

/**
 * The entries of a topic's reading list, in order. A reference to a missing entry fails the
 * build with the topic file and the bad value, so a renamed file cannot leave a dead list item.
 */
export async function topicReadings(topic: TopicEntry): Promise<LibraryEntry[]> {
  const readings: LibraryEntry[] = [];
  for (const ref of topic.data.readings) {
    const [collection, id] = ref.split('/') as [LibraryName, string];
    const entry = await getEntry(collection, id);
    if (!entry) {
      throw new AstroError(
        `专题阅读清单里的「${ref}」不存在。见 content/topics/${topic.id}.mdx → readings。`,
        '请核对集合名和文件名（不含 .mdx），或从清单中删除这一项。',
      );
    }
    readings.push(entry as LibraryEntry);
  }
  return readings;
}

/** Where an entry stands in one topic: its 1-based position, the list length and its neighbours. */
export interface TopicPlace {
  topic: TopicEntry;
  index: number;
  total: number;
  prev?: LibraryEntry | undefined;
  next?: LibraryEntry | undefined;
}

/** Every topic whose reading list holds `entry`, with the entry's place in it. */
export async function topicPlaces(entry: { collection: string; id: string }): Promise<TopicPlace[]> {
  const ref = entryRef(entry);
  const places: TopicPlace[] = [];
  for (const topic of await loadTopics()) {
    const position = topic.data.readings.indexOf(ref);
    if (position === -1) continue;
    const readings = await topicReadings(topic);
    places.push({ topic, index: position + 1, total: readings.length, prev: readings[position - 1], next: readings[position + 1] });
  }
  return places;
}
