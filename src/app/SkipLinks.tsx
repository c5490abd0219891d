// The first stops of the Tab order: jump past the article form to the map or the event list.
// Hidden until focused. On a phone they also switch to that view.
import type { MouseEvent } from 'react';
import type { PhoneView } from './PhoneTabs.tsx';

const TARGETS = [
  { href: '#map', label: 'Skip to the map', view: 'map' as const, focus: '#map .leaflet-container' },
  { href: '#event-list-title', label: 'Skip to the events list', view: 'events' as const, focus: '.event-list' },
];

export function SkipLinks({ onTarget }: { onTarget?: ((v: PhoneView) => void) | undefined }) {
  const go = (e: MouseEvent<HTMLAnchorElement>, t: (typeof TARGETS)[number]) => {
    e.preventDefault();
    onTarget?.(t.view);
    // After the view is shown (a phone view switch re-renders first).
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(t.focus) ?? document.querySelector<HTMLElement>(t.href);
      el?.focus();
    });
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((t) => (
        <a key={t.href} href={t.href} className="skip-link" onClick={(e) => go(e, t)}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
