// Opening an exported document as a document, not as XML: LibreOffice (Debian's
// libreoffice-writer-nogui) converts it to plain text, as a word processor reads it. CI installs
// LibreOffice and sets KB_REQUIRE_LIBREOFFICE=1, so there a missing LibreOffice fails instead of
// skipping; on a developer machine without it the check is skipped, visibly.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// One profile for this checkout, kept between runs: creating a profile is most of LibreOffice's
// start-up time, and a profile of our own keeps another LibreOffice on the machine from taking the job.
const PROFILE = resolve(import.meta.dirname, '../../.tmp/libreoffice-profile');

const CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'];

/** The LibreOffice binary, or undefined; throws when KB_REQUIRE_LIBREOFFICE=1 and there is none. */
export function libreOffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found && env['KB_REQUIRE_LIBREOFFICE'] === '1') {
    throw new Error('KB_REQUIRE_LIBREOFFICE=1 but LibreOffice is missing: apt-get install libreoffice-writer-nogui');
  }
  return found;
}

/**
 * Text of a document (e.g. a .docx) as LibreOffice reads it, converted with
 * `soffice --headless --convert-to txt`; throws when LibreOffice cannot open it.
 */
export function documentText(bytes: Uint8Array, name = 'document.docx'): string {
  // Read as Word 2007+ only: without a filter LibreOffice would open anything as plain text.
  const soffice = libreOffice();
  if (!soffice) throw new Error('LibreOffice is not installed: apt-get install libreoffice-writer-nogui');
  const dir = mkdtempSync(join(tmpdir(), 'kb-office-'));
  try {
    const input = join(dir, name);
    writeFileSync(input, bytes);
    execFileSync(soffice, [`-env:UserInstallation=file://${PROFILE}`, '--headless', '--infilter=MS Word 2007 XML', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, input], {
      stdio: 'pipe',
      timeout: 300_000,
    });
    const output = input.replace(/\.[^.]+$/, '.txt');
    if (!existsSync(output)) throw new Error(`LibreOffice could not open ${name}: no text came out`);
    return readFileSync(output, 'utf8').replace(/^\ufeff/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
