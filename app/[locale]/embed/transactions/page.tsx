import { seriesEmbedPage } from '../series-embed-page.tsx';

const { generateMetadata, Page } = seriesEmbedPage('transactions');

export { generateMetadata };
export default Page;
