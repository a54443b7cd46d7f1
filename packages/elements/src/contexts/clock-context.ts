import { createContext } from '@lit/context';
/** "Now", injectable so a reviewer can see the year at any date. Default: the system clock. */
export type Clock = () => Date;
export const clockContext = createContext<Clock | undefined>(Symbol.for('formplan/clock'));
