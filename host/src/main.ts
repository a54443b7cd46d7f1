/** The host app's entry: registers the formplan elements and the app shell. */
import '@formplan/elements/define';
import './app.js';
