/**
 * Keyboard movement between the cells of a matrix table (pure, no DOM writes).
 *
 * - Up/Down, Enter (down) and Shift+Enter (up) always move.
 * - Left/Right move only when the caret is at the start/end of the text, or the whole text is
 *   selected (as it is right after moving into a cell), so a typed number can still be edited.
 * - Home/End move to the first/last cell of the row under the same caret rule;
 *   Ctrl+Home/Ctrl+End move to the first/last cell of the table.
 * Cells that cannot take focus (computed, unsupported, hidden rows) are skipped; at an edge
 * focus stays where it is.
 */

/** A movement asked for by a key. */
export type Move = 'up' | 'down' | 'left' | 'right' | 'rowStart' | 'rowEnd' | 'first' | 'last';

/** The part of an input the caret rule reads. */
export interface CaretState {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

/** The movement a key press asks for, or undefined when the key belongs to the input. */
export function moveFor(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, caret: CaretState): Move | undefined {
  if (e.altKey) return undefined;
  const len = caret.value.length;
  const noCaret = caret.selectionStart === null || caret.selectionEnd === null;
  const all = noCaret || (caret.selectionStart === 0 && caret.selectionEnd === len);
  const atStart = all || (caret.selectionStart === 0 && caret.selectionEnd === 0);
  const atEnd = all || (caret.selectionStart === len && caret.selectionEnd === len);
  const ctrl = e.ctrlKey || e.metaKey;
  switch (e.key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'Enter':
      return e.shiftKey ? 'up' : 'down';
    case 'ArrowLeft':
      return atStart && !e.shiftKey ? 'left' : undefined;
    case 'ArrowRight':
      return atEnd && !e.shiftKey ? 'right' : undefined;
    case 'Home':
      return ctrl ? 'first' : atStart && !e.shiftKey ? 'rowStart' : undefined;
    case 'End':
      return ctrl ? 'last' : atEnd && !e.shiftKey ? 'rowEnd' : undefined;
    default:
      return undefined;
  }
}

/**
 * The cell a movement lands on.
 * @param can - `can(row, column)`: whether that cell takes focus
 * @param rows - number of rows
 * @param columns - number of columns
 * @param at - the current `[row, column]`
 * @returns the target `[row, column]`, or undefined when there is nowhere to go
 */
export function moveTarget(
  can: (row: number, column: number) => boolean,
  rows: number,
  columns: number,
  at: readonly [number, number],
  move: Move,
): [number, number] | undefined {
  const [r, c] = at;
  const scanRow = (row: number, from: number, step: number): number | undefined => {
    for (let j = from; j >= 0 && j < columns; j += step) if (can(row, j)) return j;
    return undefined;
  };
  switch (move) {
    case 'up':
    case 'down': {
      const step = move === 'up' ? -1 : 1;
      for (let i = r + step; i >= 0 && i < rows; i += step) if (can(i, c)) return [i, c];
      return undefined;
    }
    case 'left':
    case 'right': {
      const j = scanRow(r, c + (move === 'left' ? -1 : 1), move === 'left' ? -1 : 1);
      return j === undefined ? undefined : [r, j];
    }
    case 'rowStart':
    case 'rowEnd': {
      const j = move === 'rowStart' ? scanRow(r, 0, 1) : scanRow(r, columns - 1, -1);
      return j === undefined || j === c ? undefined : [r, j];
    }
    case 'first':
      for (let i = 0; i < rows; i++) {
        const j = scanRow(i, 0, 1);
        if (j !== undefined) return [i, j];
      }
      return undefined;
    case 'last':
      for (let i = rows - 1; i >= 0; i--) {
        const j = scanRow(i, columns - 1, -1);
        if (j !== undefined) return [i, j];
      }
      return undefined;
  }
}
