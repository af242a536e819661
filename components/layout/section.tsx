import type { ReactNode } from 'react';

type Props = {
  /** The anchor a table of contents links to. */
  id: string;
  /** The heading's id, which labels the section. */
  headingId: string;
  title: ReactNode;
  /** Shown beside the heading (e.g. download links). */
  actions?: ReactNode;
  /** One paragraph under the heading, muted. */
  lead?: ReactNode;
  /** Class names of the lead paragraph's width (literal Tailwind classes). */
  leadWidth?: 'max-w-3xl' | 'max-w-4xl';
  /** Class names of the section itself (spacing; scroll margin under a sticky header). */
  className?: string;
  children?: ReactNode;
};

/** A page section: <section> labelled by its <h2>, the heading's actions, a lead paragraph, then the content. */
export function Section({ id, headingId, title, actions, lead, leadWidth = 'max-w-3xl', className = 'space-y-3', children }: Props) {
  const heading = (
    <h2 id={headingId} className="text-xl font-semibold">
      {title}
    </h2>
  );
  return (
    <section id={id} aria-labelledby={headingId} className={className}>
      {actions ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {lead ? <p className={`${leadWidth} text-sm text-muted`}>{lead}</p> : null}
      {children}
    </section>
  );
}

/** A section of a case-study page: anchors `section-<name>` and `heading-<name>`, scroll margin under the header. */
export function CaseSection({ name, spacing = 'space-y-3', ...rest }: Omit<Props, 'id' | 'headingId' | 'className' | 'leadWidth'> & { name: string; spacing?: 'space-y-3' | 'space-y-4' }) {
  return <Section id={`section-${name}`} headingId={`heading-${name}`} leadWidth="max-w-4xl" className={spacing === 'space-y-4' ? 'scroll-mt-24 space-y-4' : 'scroll-mt-24 space-y-3'} {...rest} />;
}
