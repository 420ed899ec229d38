/**
 * A gentle two-note chime made with WebAudio oscillators, so no audio files are shipped.
 * Browsers only let audio start after a user gesture: call `prepare()` from one (e.g. Start timer).
 */
export class Chime {
  #ctx: AudioContext | null = null;

  prepare(): void {
    try {
      this.#ctx ??= new AudioContext();
      if (this.#ctx.state === 'suspended') void this.#ctx.resume();
    } catch {
      this.#ctx = null;
    }
  }

  play(): void {
    this.prepare();
    const ctx = this.#ctx;
    if (!ctx) return;
    const start = ctx.currentTime + 0.05;
    // A soft major third (E5, then G#5), each fading out over about two seconds.
    [659.25, 830.61].forEach((hz, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = hz;
      const t = start + i * 0.35;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.18, t + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 2.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 2.3);
    });
  }
}
