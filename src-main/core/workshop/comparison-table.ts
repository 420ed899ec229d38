/** The six aspects of the comparison table, in plain words. Shown on the projector and in handouts. */
export interface ComparisonRow {
  aspect: string;
  autonomy: string;
  attachment: string;
}

export const COMPARISON_TABLE: readonly ComparisonRow[] = [
  { aspect: 'Definition', autonomy: 'Governing yourself; acting independently', attachment: 'An emotional bond; leaning on others' },
  { aspect: 'Focus', autonomy: 'Your own decisions and self-control', attachment: 'Connection and emotional support' },
  { aspect: 'Emotional state', autonomy: 'Confidence and self-reliance', attachment: 'Feeling secure through closeness' },
  { aspect: 'Dependency level', autonomy: 'Low: little reliance on others', attachment: 'High: relying on relationships' },
  { aspect: 'Role in development', autonomy: 'Personal growth and responsibility', attachment: 'Trust and social bonds' },
  { aspect: 'Examples', autonomy: 'Making a decision on your own', attachment: 'Seeking comfort from someone close' },
];
