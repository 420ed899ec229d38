// Release builds: electron-builder's config flips Electron's fuses. Packaging cannot run here (it needs
// the Electron binaries), so this reads the config, checks the fuses and validates it against
// electron-builder's own schema.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const config = require(`${root}src-main/electron/electron-builder.cjs`) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
};

it('turns off the ways to run the signed binary as something else', () => {
  expect(config.electronFuses).toMatchObject({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
  });
});

it('loads the app only from an integrity-checked app.asar, and gives file:// nothing extra', () => {
  expect(config.asar).toBe(true);
  expect(config.electronFuses).toMatchObject({
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    grantFileProtocolExtraPrivileges: false,
  });
});

it('ships the built app and the templates, not the sources, and publishes nowhere', () => {
  expect(config.files).toEqual(expect.arrayContaining(['out/**/*', '!**/*.map']));
  expect(JSON.stringify(config.files)).not.toMatch(/src-|tests/);
  expect(config.extraResources).toEqual([{ from: 'templates', to: 'templates' }]);
  expect(config.publish).toBeNull();
});

it('is a valid electron-builder configuration (its own schema), and `npm run package` uses it', async () => {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
  };
  await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  await expect(validateConfiguration({ ...config, electronFuse: {} }, { isEnabled: false, add() {} })).rejects.toThrow();
  const scripts = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts as Record<string, string>;
  expect(scripts.package).toMatch(/electron-builder --config src-main\/electron\/electron-builder\.cjs/);
});
