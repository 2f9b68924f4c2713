# Corridor: the administrator's pages (accounts), English. Lists everywhere
# share the pagination messages (admin-page-*).

## Lists
admin-pagination-label = Pages
admin-page-of = Page { $page } of { $pages }
admin-page-previous = Previous page
admin-page-next = Next page
admin-filter = Show

## Roles
admin-role-worker = Worker
admin-role-employer = Employer
admin-role-recruiter = Recruiter (licensed agency)
admin-role-origin-official = Official of a country of origin
admin-role-destination-official = Official of a country of destination
admin-role-researcher = Researcher
admin-role-admin = Administrator

## Accounts
admin-users-title = Accounts
admin-users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
admin-users-none = No account matches.
admin-all-roles = All roles
admin-role = Role
admin-status = Status
admin-enabled = Can sign in
admin-disabled = Disabled
admin-acts-for = Acts for
admin-created = Created
admin-back-to-users = Back to the accounts

## A new account
admin-new-user = Create an account
admin-new-user-intro = Workers create their own accounts when they sign up, or an official of their country registers them. Here you create accounts for employers, recruiters, officials, researchers and administrators.
admin-account = The account
admin-display-name = Name shown in pages
admin-display-name-hint = A person's name, or an office such as "Labour attaché, Ottawa".
admin-temporary-password = Temporary password
admin-temporary-password-hint = At least 10 characters. Give it to the person privately; they should change it on their account page after signing in.
admin-role-and-binding = What the account does
admin-role-hint = An employer account needs its employer, a recruiter its agency, an official their country.
admin-employer = Employer
admin-employer-hint = For an employer account only.
admin-agency = Recruiting agency
admin-agency-hint = For a recruiter account only.
admin-country = Country
admin-country-hint = For an official only: the country whose officials they are.
admin-none = None
admin-create-account = Create the account
admin-email-taken = An account with this e-mail address exists already.
admin-error-email-invalid = Enter an e-mail address, like name@example.org.
admin-error-display-name-required = Enter the name shown in pages.
admin-error-role-required = Choose the account's role.
admin-error-employer-id-required = Choose the employer this account acts for.
admin-error-agency-id-required = Choose the agency this account acts for.
admin-error-country-required = Choose the official's country.
admin-error-password-too-short = Enter a temporary password of at least 10 characters.

## One account
admin-done-created = The account is created. Give the person their temporary password privately.
admin-done-disabled = The account is disabled. It was signed out everywhere and its API tokens stopped working.
admin-done-enabled = The account can sign in again.
admin-done-password = The password is changed. The account was signed out everywhere and its API tokens stopped working.
admin-own-account = This is your own account. Change your password on your account page, which asks for your current one.
admin-disable = Disable this account
admin-disable-explained = The person can no longer sign in. They are signed out everywhere at once and every API token of the account stops working. Their records stay as they are. You can enable the account again.
admin-enable = Enable this account
admin-enable-explained = The person can sign in again with their password. Sessions and tokens ended when the account was disabled stay ended.
admin-reset-password = Set a new temporary password
admin-reset-password-explained = For someone who forgot their password or whose password may be known to others. They are signed out everywhere and every API token of the account stops working.

## Rules
rule-own-account = You cannot do this to your own account here.
