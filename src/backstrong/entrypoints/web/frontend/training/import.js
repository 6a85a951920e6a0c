// The workout import page: its upload shows a progress bar (shared/upload.js binds every
// form[data-import-upload] on the page).
import "../shared/upload.js";
