// Packaging for release builds: `npm run package` (builds, then electron-builder for this OS).
// It downloads the Electron binaries, so it runs where there is internet access: the CI workflow
// (.github/workflows/ci.yml) packages for Linux, macOS and Windows and keeps the packages as artifacts.
// Fuses are flipped in the packaged binary, right before signing; they never affect `npm start`.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.securebase.app',
  // Also the data folder's name (app.getPath('userData')), the one README "Where data lives" lists.
  productName: 'Secure Base',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app; sources, tests and source maps stay out of the package.
  files: ['out/**/*', 'package.json', '!**/*.map'],
  // main.ts reads the built-in workshops from process.resourcesPath/templates when packaged.
  extraResources: [{ from: 'templates', to: 'templates' }],
  asar: true,
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.js runtime.
    runAsNode: false,
    // NODE_OPTIONS (--require, --inspect…) would inject code into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect/--inspect-brk and SIGUSR1 would open a debugger on the main process.
    enableNodeCliInspectArguments: false,
    // Load the app only from app.asar, and check app.asar against the hash embedded at build time.
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    // The renderer is served from app://, never file://, so file:// keeps no extra privileges.
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
  },
  mac: { target: 'dmg', category: 'public.app-category.education', hardenedRuntime: true },
  win: { target: 'nsis' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  linux: { target: 'AppImage', category: 'Education' },
  // Nothing is uploaded anywhere: packages stay in dist/.
  publish: null,
};
