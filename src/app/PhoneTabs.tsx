// The phone layout's tab bar: map, events, timeline and article, one view at a time.
export type PhoneView = 'map' | 'events' | 'timeline' | 'article';

const TABS: { view: PhoneView; label: string }[] = [
  { view: 'map', label: 'Map' },
  { view: 'events', label: 'Events' },
  { view: 'timeline', label: 'Timeline' },
  { view: 'article', label: 'Article' },
];

export function PhoneTabs({ view, onView, eventCount }: { view: PhoneView; onView(v: PhoneView): void; eventCount: number }) {
  return (
    <nav className="phone-tabs" aria-label="Views">
      {TABS.map((t) => (
        <button key={t.view} type="button" className="phone-tabs__tab" aria-current={view === t.view ? 'page' : undefined} onClick={() => onView(t.view)}>
          {t.label}
          {t.view === 'events' && <span className="phone-tabs__count"> {eventCount}</span>}
        </button>
      ))}
    </nav>
  );
}
