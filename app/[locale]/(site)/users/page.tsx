import { seriesPage } from '../series-page.tsx';

const { generateMetadata, Page } = seriesPage('users');

export { generateMetadata };
export default Page;
