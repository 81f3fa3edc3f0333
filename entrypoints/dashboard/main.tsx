import { render } from 'preact';

function Dashboard() {
  return <main><h1>Rhetoric Lens dashboard</h1></main>;
}

render(<Dashboard />, document.getElementById('app')!);
