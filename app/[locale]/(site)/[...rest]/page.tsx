import { notFound } from 'next/navigation';

/*
 * Any address under a language that no page answers: render the site's own 404 (with header,
 * footer and language) instead of Next.js's bare default, which is what an unmatched path under
 * the dynamic [locale] segment would otherwise get.
 */
export default function UnknownPage() {
  notFound();
}
