// STUB (owner: dashboard work): the app layout.
export function App() {
  return <main><h1>Dateline</h1></main>;
}
