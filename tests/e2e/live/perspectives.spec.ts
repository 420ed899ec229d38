import { test, expect } from '../support/fixtures';
import { call, LiveConsole, LiveProjector, startSession, stopHostsGracefully } from './live-pages';

stopHostsGracefully();

interface Card {
  title: string;
  situation: string;
  questions: string[];
  perspectives?: { label: string; text: string }[];
}

test('a scenario card’s two points of view come to the projector one step at a time after the situation', async ({
  host,
  page,
  request,
  context,
}) => {
  const detail = await call<{ workshop: { activities: { kind: string; cards?: Card[] }[] } }>(request, host, 'workshops:get', {
    id: 'across-cultures',
  });
  const index = detail.workshop.activities.findIndex((a) => a.kind === 'scenario');
  const card = detail.workshop.activities[index].cards![0];
  const [first, second] = card.perspectives!;
  const sessionId = await startSession(request, host, 'across-cultures');
  const projector = new LiveProjector(await context.newPage());
  await projector.open(host, sessionId);
  await projector.page.setViewportSize({ width: 1280, height: 720 });
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const goto = (step: number) => call(request, host, 'live:intent', { sessionId, intent: { type: 'goto', activityIndex: index, step } });

  await goto(0);
  await projector.expectPosition(index, 0);
  await expect(projector.stage()).toContainText(card.situation);
  await expect(projector.stage().locator('.view')).toHaveCount(0);

  await goto(1);
  await projector.expectPosition(index, 1);
  await expect(projector.stage().locator('.view')).toHaveCount(1);
  await expect(projector.stage().locator('.view').first()).toContainText(first.label);
  await expect(projector.stage().locator('.view').first()).toContainText(first.text);
  await expect(projector.stage()).not.toContainText(card.questions[0]);

  await goto(2);
  await projector.expectPosition(index, 2);
  await expect(projector.stage().locator('.view').nth(1)).toContainText(second.text);
  await expect(page.getByText('2 of 2 points of view')).toBeVisible();
  await test.info().attach('projector with both points of view', { body: await projector.page.screenshot(), contentType: 'image/png' });

  await goto(3);
  await projector.expectPosition(index, 3);
  await expect(projector.stage()).toContainText(card.questions[0]);
  await expect(projector.stage().locator('.view')).toHaveCount(2);
});
