;;; eglot-client.el --- drives eglot against `ucma-codemod lsp' in batch mode  -*- lexical-binding: t -*-
;; Emacs 28 with Debian's eglot 1.9 (elpa-eglot), no user configuration: opens the fixture buffer,
;; waits for the server's diagnostics (through Flymake, as eglot shows them), applies the rename's
;; quick fix and then "fix all" with eglot's own edit machinery, saves the buffer (Emacs keeps its
;; BOM and CRLF) and records what it saw in $UCMA_RESULT as JSON. Every wait is for a condition,
;; with a generous limit for a loaded machine.
(require 'eglot)
(require 'flymake)
(require 'json)

(defvar ucma-result nil)
(defun ucma-record (key value) (push (cons key value) ucma-result))

(defun ucma-finish (ok message)
  (with-temp-file (getenv "UCMA_RESULT")
    (insert (json-encode `((ok . ,(if ok t :json-false)) (message . ,(or message "")) ,@ucma-result))))
  (kill-emacs (if ok 0 1)))

(defun ucma-wait (predicate what)
  (let ((deadline (+ (float-time) 120)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline) (error "timed out waiting for %s" what))
      (accept-process-output nil 0.05))))

(defun ucma-lsp-diagnostic (diagnostic)
  (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic))))

(defun ucma-codes ()
  (mapcar (lambda (d) (plist-get (ucma-lsp-diagnostic d) :code)) (flymake-diagnostics)))

(defun ucma-action (beg end kind title-prefix)
  (cl-find-if (lambda (a) (string-prefix-p title-prefix (plist-get a :title))) (eglot-code-actions beg end kind)))

(setq eglot-sync-connect 120
      eglot-connect-timeout 120
      eglot-send-changes-idle-time 0.1)

(condition-case failure
    (progn
      (find-file (getenv "UCMA_FILE"))
      ;; Emacs 28 has no C# mode; any programming mode will do for eglot.
      (prog-mode)
      (ucma-record 'coding (symbol-name buffer-file-coding-system))
      (eglot '(prog-mode) (cons 'transient (getenv "UCMA_ROOT")) 'eglot-lsp-server
             (list (getenv "UCMA_NODE") (getenv "UCMA_BIN") "lsp") "csharp")
      (ucma-wait (lambda () (bound-and-true-p eglot--managed-mode)) "eglot to manage the buffer")
      ;; In batch mode no command runs, so Flymake's deferred start never comes: start it.
      (flymake-start)
      (ucma-wait (lambda () (member "UCMA4011" (ucma-codes))) "the server's diagnostics")
      (ucma-record 'first (vconcat (ucma-codes)))
      (let* ((rename (cl-find-if (lambda (d) (equal (plist-get (ucma-lsp-diagnostic d) :code) "UCMA4011")) (flymake-diagnostics)))
             (fix (ucma-action (flymake-diagnostic-beg rename) (flymake-diagnostic-end rename) "quickfix" "Fix: ")))
        (unless fix (error "no quick fix at the rename"))
        (eglot--apply-workspace-edit (plist-get fix :edit))
        ;; eglot sends changes from an idle timer, and batch mode is never idle: send them now.
        (eglot--signal-textDocument/didChange)
        (goto-char (flymake-diagnostic-beg rename))
        (ucma-record 'fixed_line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
      (ucma-wait (lambda () (and (ucma-codes) (not (member "UCMA4011" (ucma-codes))))) "the fixed finding to go")
      (ucma-record 'after_fix (vconcat (ucma-codes)))
      (let ((all (ucma-action (point-min) (point-min) "source.fixAll.ucma-codemod" "Fix all")))
        (unless all (error "no fix-all action"))
        (eglot--apply-workspace-edit (plist-get all :edit)))
      (save-buffer)
      (ucma-finish t nil))
  (error (ucma-finish nil (error-message-string failure))))
