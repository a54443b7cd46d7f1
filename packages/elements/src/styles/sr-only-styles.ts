/** `.sr-only`: text for screen readers only (visually hidden, still announced). */
import { css } from 'lit';

export const srOnlyStyles = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
