import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../packages/react/src/**/*.mdx', '../packages/react/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', '@storybook/addon-docs'],
  framework: '@storybook/react-vite',
  core: { disableTelemetry: true },
  // nhsuk-frontend's CSS comes minified, with an old IE media hack (`@media screen\0`) that
  // lightningcss cannot parse: it is not minified again.
  viteFinal: (config) => ({ ...config, build: { ...config.build, cssMinify: false } }),
};

export default config;
