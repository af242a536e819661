import { redirect } from 'next/navigation';
import { routing } from '@/i18n/routing.ts';

export default function RootPage() {
  redirect(`/${routing.defaultLocale}`);
}
