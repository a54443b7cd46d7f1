/** The renderers `<fp-form>` needs for a pack's forms, registered for the editor's preview. */
import '../../renderers/number/number-renderer.js';
import '../../renderers/text/text-renderer.js';
import '../../renderers/textarea/textarea-renderer.js';
import '../../renderers/date/date-renderer.js';
import '../../renderers/enum/enum-renderer.js';
import '../../renderers/boolean/boolean-renderer.js';
import '../../renderers/computed/computed-renderer.js';
import '../../renderers/object/object-renderer.js';
import '../../renderers/array/array-renderer.js';
import '../../renderers/matrix/matrix-renderer.js';
