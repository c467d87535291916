/**
 * System tests of the project services inside the test server: the status matrix, the edit lock,
 * concurrent edits, the acceptance e-mail, the projects list and who may call what.
 */
package com.optimacut.it.project;
