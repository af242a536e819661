import { seriesEmbedPage } from '../series-embed-page.tsx';

const { generateMetadata, Page } = seriesEmbedPage('users');

export { generateMetadata };
export default Page;
