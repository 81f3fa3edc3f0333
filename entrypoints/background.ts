export default defineBackground(() => {
  // Wired up by the notes and messaging modules.
});
