//! Questions asked on the terminal (standard error), with dialoguer. The
//! callers decide whether there is a terminal to ask on; these only ask.

use crate::error::{Error, Result};

/// "Apply these N changes? [y/N]": no unless the person says yes.
pub fn confirm_changes(count: usize) -> Result<bool> {
    dialoguer::Confirm::new()
        .with_prompt(if count == 1 {
            "Apply this change?".to_string()
        } else {
            format!("Apply these {count} changes?")
        })
        .default(false)
        .interact_on(&dialoguer::console::Term::stderr())
        .map_err(|e| Error::unexpected(format!("cannot read the answer: {e}")).into())
}

/// A password, typed without echo; a new one is asked twice.
pub fn password(prompt: &str, new: bool) -> Result<String> {
    let term = dialoguer::console::Term::stderr();
    let mut question = dialoguer::Password::new().with_prompt(prompt);
    if new {
        question = question.with_confirmation("Repeat it", "the two entries differ");
    }
    question
        .interact_on(&term)
        .map_err(|e| Error::unexpected(format!("cannot read the password: {e}")).into())
}
