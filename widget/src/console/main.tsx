import { createRoot } from 'react-dom/client';
import '../shared/staff.css';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(<App />);
