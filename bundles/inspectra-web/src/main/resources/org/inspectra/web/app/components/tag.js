// GOV.UK tag: a status in words (the colour only repeats what the words say).
import { html, words } from '../html.js';

const COLOURS = {
  notified: 'grey', fieldwork: 'blue', 'findings-agreed': 'light-blue', 'draft-sent': 'purple',
  'factual-accuracy': 'pink', final: 'turquoise', published: 'green', closed: 'grey',
  outstanding: 'green', good: 'turquoise', 'requires-improvement': 'yellow', adequate: 'yellow', inadequate: 'red',
  strength: 'green', 'area-for-development': 'yellow', 'outstanding-practice': 'turquoise', concern: 'red',
  active: 'green', retired: 'grey', hard: 'red', soft: 'yellow', supplied: 'green', 'not-supplied': 'grey',
  referred: 'yellow', answered: 'blue', evaluated: 'purple', 'signed-off': 'green', open: 'blue',
  running: 'blue', completed: 'green', refused: 'red', failed: 'red',
};

export function tag(id, text) {
  const colour = COLOURS[id];
  return html`<strong class="govuk-tag${colour ? ' govuk-tag--' + colour : ''}">${text ?? words(id)}</strong>`;
}
