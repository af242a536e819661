'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { matchesFilter } from '@/lib/pickers/filter-text.ts';

type Props = {
  /** Id of the element holding the checkboxes: items carry data-filter-text, groups data-filter-group. */
  listId: string;
  label: string;
  placeholder: string;
  noMatch: string;
  testId?: string;
};

const visibleBoxes = (list: HTMLElement) => [...list.querySelectorAll<HTMLInputElement>('[data-filter-item]:not([hidden]) input[type="checkbox"]')];

/**
 * A search box over a list of native checkboxes (a progressive enhancement: without JavaScript it is
 * not drawn and the full list stays). Typing hides the items that do not match; ↓ moves focus into
 * the visible checkboxes, ↑/↓/Home/End move among them, Space chooses (the checkbox's own key) and
 * Escape returns to the box. Focus never leaves the list a reader is using while the view updates.
 */
const noSubscription = () => () => {};

export function CheckFilter({ listId, label, placeholder, noMatch, testId }: Props) {
  // False on the server and while hydrating, true after: the box exists only where it can work.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLSpanElement>(null);

  // Apply the filter to the server-rendered items; React does not own their `hidden` attribute.
  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list || !ready) return;
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLElement>('[data-filter-item]')) {
      const hit = matchesFilter(item.dataset.filterText ?? item.textContent ?? '', text);
      item.hidden = !hit;
      if (hit) shown++;
    }
    for (const group of list.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    }
    if (status.current) {
      status.current.textContent = shown === 0 ? noMatch : '';
      status.current.className = shown === 0 ? 'text-muted' : 'sr-only';
    }
  }, [listId, text, ready, noMatch]);

  // Arrow keys inside the list move between the visible checkboxes; Escape goes back to the box.
  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list || !ready) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target;
      if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
      const boxes = visibleBoxes(list);
      const at = boxes.indexOf(target);
      const go = (i: number) => {
        e.preventDefault();
        boxes[Math.max(0, Math.min(boxes.length - 1, i))]?.focus();
      };
      if (e.key === 'ArrowDown' || e.key === 'ArrowRight') go(at + 1);
      else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
        if (at <= 0) {
          e.preventDefault();
          input.current?.focus();
        } else go(at - 1);
      } else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(boxes.length - 1);
      else if (e.key === 'Escape') {
        e.preventDefault();
        input.current?.focus();
      }
    };
    list.addEventListener('keydown', onKey);
    return () => list.removeEventListener('keydown', onKey);
  }, [listId, ready]);

  function onKeyDown(e: ReactKeyboardEvent<HTMLInputElement>) {
    const list = document.getElementById(listId);
    if (e.key === 'ArrowDown' && list) {
      e.preventDefault();
      visibleBoxes(list)[0]?.focus();
    } else if (e.key === 'Enter') {
      // Enter in the box would submit the form: filtering happens as one types already.
      e.preventDefault();
    } else if (e.key === 'Escape' && text) {
      e.preventDefault();
      setText('');
    }
  }

  if (!ready) return null;
  const hintId = `${listId}-filter-hint`;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex min-w-0 items-center gap-2 font-medium">
        {label}
        <input
          ref={input}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={placeholder}
          aria-controls={listId}
          aria-describedby={hintId}
          autoComplete="off"
          className="w-48 min-w-0 rounded border border-line bg-white px-2 py-1 font-normal"
          data-testid={testId}
        />
      </label>
      <span ref={status} id={hintId} role="status" className="sr-only" />
    </div>
  );
}
