import { render } from 'preact';
import '@/components/shared/theme.css';
import '@/components/dashboard/dashboard.css';
import { Dashboard } from '@/components/dashboard/Dashboard';

render(<Dashboard />, document.getElementById('app')!);
