/** The administrator's editing pages, one chunk loaded on demand after the editor bundle (admin-lazy.ts). */
import './pack-editor.js';
import './rollover-page.js';
