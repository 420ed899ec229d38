import type { Workshop } from '../workshop/workshop-schema';
import { SESSION_SCHEMA_VERSION, type Session } from './session-schema';
import type { ScenarioCards } from './scenario-cards';

export interface NewSessionInput {
  id: string;
  now: string;
  group: string;
  participants?: number;
  /** Scenario cards chosen on the workshop page before the session starts. */
  scenarioCards?: ScenarioCards;
}

export function newSession(workshop: Workshop, input: NewSessionInput): Session {
  return {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id: input.id,
    workshopId: workshop.id,
    workshopTitle: workshop.title,
    group: input.group,
    ...(input.participants !== undefined ? { participants: input.participants } : {}),
    createdAt: input.now,
    updatedAt: input.now,
    agenda: workshop.activities.map((a) => ({ activityId: a.id, title: a.title, kind: a.kind, minutes: a.minutes })),
    position: { activityIndex: 0, step: 0 },
    spentMs: {},
    notes: { session: '', activities: {}, captures: [] },
    results: {},
    ...(input.scenarioCards && Object.keys(input.scenarioCards).length ? { scenarioCards: input.scenarioCards } : {}),
  };
}
