// Numbered note markers (issue 14): a small superscript number on the figure or cell a note
// concerns; pressing it opens the note in a popover (the HTML popover attribute: opens by click,
// Enter or Space without any JavaScript, closes by Escape or a click outside, and gives focus
// back to the marker). Numbers come from lib/views/note-numbers.ts.

export const notePopoverId = (n: number) => `note-pop-${n}`;
/** The id the first marker of a note carries in a tab, so "Back to the table" returns to it. */
export const noteRefId = (n: number) => `note-ref-${n}`;

const MARKER =
  'ml-0.5 inline-flex h-6 min-w-6 items-center justify-center rounded-full align-super text-[0.7rem] font-semibold leading-none text-accent hover:bg-accent-soft';

/**
 * The markers of one cell. `label` is "Note {number}" in the reader's language; `seen` (shared by
 * the cells of one table) gives the first marker of each note its `note-ref-N` id.
 */
export function NoteMarkers({ numbers, label, seen }: { numbers: number[]; label: string; seen?: Set<number> }) {
  if (!numbers.length) return null;
  return (
    <sup className="whitespace-nowrap" data-note-markers={numbers.join(' ')}>
      {numbers.map((n) => {
        const first = seen && !seen.has(n);
        seen?.add(n);
        return (
          <button key={n} type="button" popoverTarget={notePopoverId(n)} id={first ? noteRefId(n) : undefined} aria-label={label.replace('{number}', String(n))} className={MARKER} data-note-marker={n}>
            {n}
          </button>
        );
      })}
    </sup>
  );
}

export type PopoverNote = { number: number; text: string };
type PopoverLabels = { title: string; close: string; allNotes: string };

/** One popover per numbered note, rendered once per tab; markers in the chart and the table open them by id. */
export function NotePopovers({ notes, labels, allNotesHref }: { notes: PopoverNote[]; labels: PopoverLabels; allNotesHref: (n: number) => string }) {
  return (
    <div data-testid="note-popovers">
      {notes.map((note) => (
        <div
          key={note.number}
          id={notePopoverId(note.number)}
          popover="auto"
          role="dialog"
          aria-labelledby={`${notePopoverId(note.number)}-title`}
          data-note-popover={note.number}
          className="note-popover max-w-sm rounded-lg border border-line bg-white p-4 text-sm text-ink shadow-lg"
        >
          <p id={`${notePopoverId(note.number)}-title`} className="font-semibold">
            {labels.title.replace('{number}', String(note.number))}
          </p>
          <p className="mt-1 [overflow-wrap:anywhere]" data-note-text="">
            {note.text}
          </p>
          <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
            <a href={allNotesHref(note.number)} className="text-accent underline">
              {labels.allNotes}
            </a>
            <button type="button" popoverTarget={notePopoverId(note.number)} popoverTargetAction="hide" className="min-h-8 rounded border border-line px-3 text-accent hover:bg-accent-soft">
              {labels.close}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
