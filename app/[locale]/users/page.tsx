import { seriesPage } from '@/components/series/series-page.tsx';

const { generateMetadata, Page } = seriesPage('users');

export { generateMetadata };
export default Page;
