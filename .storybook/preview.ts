import type { Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
