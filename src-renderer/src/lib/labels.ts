import { getContext, setContext } from 'svelte';
import type { Reference } from '../../../src-main/contract';

const KEY = Symbol('reference');

/** The host's reference data (section titles, kind labels, the comparison table), loaded once at start. */
export const provideReference = (ref: Reference): void => void setContext(KEY, ref);
export const useReference = (): Reference => getContext<Reference>(KEY);
