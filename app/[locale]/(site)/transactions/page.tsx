import { seriesPage } from '../series-page.tsx';

const { generateMetadata, Page } = seriesPage('transactions');

export { generateMetadata };
export default Page;
