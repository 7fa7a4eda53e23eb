/** Vite's `?inline` imports: the file's contents as a string (CSS injected into the widget's shadow root). */
declare module '*?inline' {
  const content: string;
  export default content;
}
