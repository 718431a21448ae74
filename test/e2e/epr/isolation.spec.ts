import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';

const FORM_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'color',
  'background-color',
  'text-transform',
  'letter-spacing',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'padding-top',
  'padding-left',
  'box-shadow',
  'margin-bottom',
];

/** Parts of the form inside the element's shadow root, by selector there. */
const FORM_PARTS = {
  page: '.sp-page',
  heading: 'h1',
  legend: 'legend',
  hint: '.nhsuk-hint',
  radioLabel: '.nhsuk-radios__label',
  radio: '.nhsuk-radios__input',
  button: 'button.nhsuk-button',
  phaseList: 'ol, ul',
};

/** The computed style of each part of the form, read inside the shadow root. */
const formStyles = (page: Page) =>
  page.evaluate(
    ({ parts, properties }) => {
      const root = document.querySelector('safeguarding-proforma')?.shadowRoot;
      if (!root) throw new Error('no shadow root');
      return Object.fromEntries(
        Object.entries(parts).map(([name, selector]) => {
          const el = root.querySelector(selector);
          if (!el) throw new Error(`no ${selector} in the form`);
          const style = getComputedStyle(el);
          return [name, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      );
    },
    { parts: FORM_PARTS, properties: FORM_PROPERTIES },
  );

const openForm = async (page: Page, path: string) => {
  await page.goto(path);
  await expect(page.locator('safeguarding-proforma').getByRole('heading', { level: 1 })).toContainText(
    'Screen',
  );
};

test("the EPR's global CSS does not change the form's look", async ({ page }) => {
  await openForm(page, '/plain.html');
  await expectAccessible(page, 'the form on a plain page');
  const plain = await formStyles(page);
  await openForm(page, '/');
  const inEpr = await formStyles(page);
  expect(inEpr).toEqual(plain);
  // And they are NHS.UK's, not the EPR's (Comic Sans, purple, lime, uppercase).
  expect(inEpr['page']?.['font-family']).toMatch(/^"?Frutiger W01"?, arial, sans-serif$/);
  expect(inEpr['heading']?.['color']).toBe('rgb(33, 43, 50)');
  expect(inEpr['radioLabel']?.['color']).toBe('rgb(33, 43, 50)');
  expect(inEpr['button']?.['background-color']).toBe('rgb(0, 127, 59)');
  expect(inEpr['button']?.['color']).toBe('rgb(255, 255, 255)');
  expect(inEpr['page']?.['text-transform']).toBe('none');
  expect(inEpr['legend']?.['letter-spacing']).toBe('normal');
});

const HOST_PARTS = {
  body: 'body',
  title: '#epr-title',
  tagline: '#epr-tagline',
  panel: '.epr-panel',
  sectionHeading: '#element-heading',
  label: 'label[for="epr-note"]',
  input: '#epr-note',
  button: '#epr-save',
  status: '#element-status',
};
// Sizes only where the content does not decide them (the page grows by the form's height).
const HOST_PROPERTIES = [...FORM_PROPERTIES, 'display', 'min-height', 'max-width'];
const controlSizes = (page: Page) =>
  page.evaluate(() =>
    ['#epr-note', '#epr-save', '#epr-title'].map((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return [selector, box?.width, box?.height];
    }),
  );

const hostStyles = (page: Page) =>
  page.evaluate(
    ({ parts, properties }) =>
      Object.fromEntries(
        Object.entries(parts).map(([name, selector]) => {
          const el = document.querySelector(selector);
          if (!el) throw new Error(`no ${selector} on the page`);
          const style = getComputedStyle(el);
          return [name, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      ),
    { parts: HOST_PARTS, properties: HOST_PROPERTIES },
  );

test("the form's CSS does not change the EPR's look", async ({ page }) => {
  // The EPR page without the element's script: its own look.
  await page.route('**/element/safeguarding-proforma.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('#epr-save')).toBeVisible();
  const without = await hostStyles(page);
  const sizes = await controlSizes(page);
  expect(without['button']?.['background-color']).toBe('rgb(0, 255, 0)');
  expect(without['input']?.['background-color']).toBe('rgb(255, 255, 0)');
  // With the element loaded and the form drawn.
  await page.unroute('**/element/safeguarding-proforma.js');
  await openForm(page, '/');
  const withForm = await hostStyles(page);
  expect(withForm).toEqual(without);
  expect(await controlSizes(page)).toEqual(sizes);
  // Nothing was added to the page's own stylesheets.
  const sheets = await page.evaluate(() => ({
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    styleTags: document.querySelectorAll('style').length,
  }));
  expect(sheets).toEqual({ sheets: 1, adopted: 0, styleTags: 0 });
});
