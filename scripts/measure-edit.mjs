// Measures, in headless Chromium on the release dist/, what a quantity edit costs on a
// quote holding every catalog item: 60 edits of one quantity, timed with performance
// marks from the change event to
//   - the BOQ cell showing the new value (DOM),
//   - all the work the edit causes being done (the main thread is free again: a message
//     posted after the event is delivered only after every reactive update has run),
//   - the next animation frame (on screen).
// Each edit starts at a random point of a frame, as a user's does, so the frame figure
// includes the wait for the display's next refresh (0-16.7 ms at 60 Hz); an edit whose
// work fits in one frame (<= 16 ms) lands in the next frame. Prints median and p95, the
// same figure without an edit at the same points of the frame (the wait alone: the frame
// figure's floor, p95 about 14-15 ms here), and how many edits took longer than a frame.
// With `--options` the quote has three options of every item, compared side by side (the
// compare view is redrawn by each edit too).
// Usage: trunk build --release && node scripts/measure-edit.mjs [--options]
import { openWholeCatalogQuote, startMeasuring } from './perf-page.mjs';

const PORT = 4174;
const EDITS = 60;
const { browser, stop } = await startMeasuring(PORT);
try {
  const threeOptions = process.argv.includes('--options');
  const page = await openWholeCatalogQuote(browser, PORT, { viewport: { width: 1400, height: 1000 } }, threeOptions);
  if (threeOptions) await page.getByRole('heading', { name: 'Options side by side' }).waitFor();
  await page.locator('#line-om-dev-junior-qty').waitFor();
  const results = await page.evaluate(async (edits) => {
    const name = 'O&M Platform Development Support Service - Junior O&M Engineer';
    const cell = () => [...document.querySelectorAll('.boq tbody tr')]
      .find((tr) => tr.querySelector('.item-label')?.textContent === name)?.querySelector('td.qty');
    const dom = [];
    const work = [];
    const frame = [];
    const waitAlone = [];
    // Each edit starts at a random point of a frame; the same points without an edit give
    // the wait for the next frame alone, which the frame figure cannot go below.
    const phases = Array.from({ length: edits }, () => Math.random() * 16);
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const idle = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    for (let i = 0; i < edits; i += 1) {
      const value = String(2 + (i % 9));
      const input = document.getElementById('line-om-dev-junior-qty');
      const updated = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (cell()?.textContent === value) { observer.disconnect(); resolve(); }
        });
        observer.observe(document.querySelector('.boq'), { subtree: true, childList: true, characterData: true });
      });
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, phases[i]));
      performance.mark(`edit-${i}`);
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const done = idle().then(() => work.push(performance.measure(`work-${i}`, `edit-${i}`).duration));
      await updated;
      dom.push(performance.measure(`dom-${i}`, `edit-${i}`).duration);
      await done;
      await nextFrame();
      frame.push(performance.measure(`frame-${i}`, `edit-${i}`).duration);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Changing to the same value twice in a row does nothing: alternate values.
      if (value === String(2 + ((i + 1) % 9))) break;
    }
    for (const phase of phases) {
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, phase));
      const start = performance.now();
      await idle();
      await nextFrame();
      waitAlone.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { dom, work, frame, waitAlone };
  }, EDITS);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
    return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (n=${s.length})`;
  };
  console.log(`quantity edit -> BOQ updated in the DOM: ${stats(results.dom)}`);
  console.log(`quantity edit -> all work done:          ${stats(results.work)}`);
  console.log(`quantity edit -> next frame (on screen):  ${stats(results.frame)}`);
  console.log(`no edit -> next frame (the wait alone):   ${stats(results.waitAlone)}`);
  const late = results.frame.filter((ms) => ms > 1000 / 60).length;
  console.log(`edits not on screen within one 60 Hz frame (16.7 ms): ${late} of ${results.frame.length}`);
} finally {
  await stop();
}
