// Opening an exported document as a document, not as XML: LibreOffice (Debian's
// libreoffice-writer-nogui) converts it to plain text, as Word or WPS would read it. CI installs
// LibreOffice and sets KB_REQUIRE_LIBREOFFICE=1, so there a missing LibreOffice fails instead of
// skipping; on a developer machine without it the check is skipped, visibly.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  const soffice = libreOffice();
  if (!soffice) throw new Error('LibreOffice is not installed: apt-get install libreoffice-writer-nogui');
  const dir = mkdtempSync(join(tmpdir(), 'kb-office-'));
  try {
    const input = join(dir, name);
    writeFileSync(input, bytes);
    // A profile of its own: another LibreOffice running on the machine must not take the job.
    execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, input], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const output = input.replace(/\.[^.]+$/, '.txt');
    if (!existsSync(output)) throw new Error(`LibreOffice could not open ${name}`);
    return readFileSync(output, 'utf8').replace(/^\ufeff/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
