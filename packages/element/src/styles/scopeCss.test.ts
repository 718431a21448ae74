import { describe, expect, it } from 'vitest';
import { scopeCss } from './scopeCss.ts';

describe('scopeCss', () => {
  it('applies html, body and :root rules to the page wrapper', () => {
    expect(scopeCss(':root{--x:1}html{overflow-y:scroll}body{margin:0}')).toBe(
      '.sp-page{--x:1}.sp-page{overflow-y:scroll}.sp-page{margin:0}',
    );
  });

  it('rewrites them inside selector lists, combinators and media queries', () => {
    expect(
      scopeCss('@media (min-width:40.0625em){body:not(.nhsuk-frontend-supported) .a,html>.b{color:red}}'),
    ).toBe('@media (min-width:40.0625em){.sp-page:not(.nhsuk-frontend-supported) .a,.sp-page>.b{color:red}}');
  });

  it('leaves classes and elements that only contain the words alone', () => {
    const css = '.nhsuk-body,.nhsuk-error-summary__body p,tbody td,.htmlish{margin:0}';
    expect(scopeCss(css)).toBe(css);
  });

  it('turns rem into pixels, so the host page font size changes nothing', () => {
    expect(scopeCss('.a{border-width:.25rem;margin:1rem 2rem}')).toBe(
      '.a{border-width:4px;margin:16px 32px}',
    );
  });

  it('drops @font-face (the NHS font is external and cannot be declared in a shadow root)', () => {
    expect(scopeCss('@font-face{font-family:Frutiger W01;src:url(x.woff2)}.a{color:red}')).toBe(
      '.a{color:red}',
    );
  });
});
