// E2E tests run against the built renderer: build it first when the sources are newer.
// @ts-expect-error plain JS build helper shared with `npm start`
import { ensureBuild } from '../../../src-main/launch/ensure-build.mjs';

export default function globalSetup(): void {
  ensureBuild();
}
