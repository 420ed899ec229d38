import { longestWorkshop } from './tests/unit/handouts/fixtures';
import { writeHandoutPack } from './src-main/services/handouts';
const w = longestWorkshop();
const cpu = async (copies: number, n: number) => {
  const xs: number[] = []; const ws: number[] = [];
  for (let i = 0; i < n; i++) { const c0 = process.cpuUsage(); const t0 = performance.now(); await writeHandoutPack(w, { copies }); const c = process.cpuUsage(c0); xs.push((c.user + c.system) / 1000); ws.push(performance.now() - t0); }
  xs.sort((a, b) => a - b); ws.sort((a, b) => a - b);
  console.log(copies, 'cpu median', xs[n >> 1].toFixed(1), 'wall median', ws[n >> 1].toFixed(1));
};
await cpu(1, 3); await cpu(1, 15); await cpu(30, 7);
