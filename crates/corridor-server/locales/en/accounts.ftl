## Signing up: the same answer whether or not the e-mail was new

sign-up-received-title = Thank you
sign-up-received-new = If this e-mail is new, your account is ready: sign in below to go on with your profile.
sign-up-received-existing = If you already had an account with this e-mail, nothing was changed: sign in with the password you have always used.

## Two-step sign-in

two-factor-title = Two-step sign-in
two-factor-explained = When you sign in, you give your password and then a six-digit code from an app on your phone. Someone who learns your password still cannot sign in without your phone.
two-factor-required-explained = Officials and administrators must use two-step sign-in. Set it up now to continue.
two-factor-step-app = Install an authenticator app on your phone, if you do not have one (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).
two-factor-step-scan = In the app, add an account and scan this code:
two-factor-qr-label = QR code to add Corridor to an authenticator app
two-factor-step-type = Or type this key in the app:
two-factor-link = Open in the authenticator app on this phone
two-factor-step-code = Type the six-digit code the app now shows.
two-factor-code = Six-digit code
two-factor-code-hint = From your authenticator app. A new one comes every 30 seconds.
two-factor-turn-on = Turn on two-step sign-in
two-factor-on = Two-step sign-in is on.
two-factor-recovery-left = { $count ->
    [one] You have { $count } recovery code left.
   *[other] You have { $count } recovery codes left.
}
two-factor-required-role = Your role must use two-step sign-in, so it cannot be turned off. If you lose your phone, use a recovery code, or ask an administrator.
two-factor-turn-off-title = Turn off two-step sign-in
two-factor-turn-off-explained = To turn it off, type a code from your app or one of your recovery codes.
two-factor-turn-off = Turn off
two-factor-done-off = Two-step sign-in is off. You sign in with your password only.
two-factor-codes-title = Your recovery codes
two-factor-done-on = Two-step sign-in is on.
two-factor-codes-explained = If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Write them down or print them now and keep them somewhere safe: they are shown only this once.
two-factor-codes-continue = I have kept my codes: continue
account-two-factor = Two-step sign-in
account-two-factor-on = On
account-two-factor-off = Off
account-two-factor-manage = Set up or change two-step sign-in

## The code step of signing in

sign-in-code-title = Enter your code
sign-in-code-explained = Your password is right. Now type the six-digit code your authenticator app shows for Corridor.
sign-in-code-use-recovery = I do not have my phone
sign-in-code-recovery = Recovery code
sign-in-code-recovery-hint = One of the codes you kept when you turned on two-step sign-in. Each works once.
sign-in-code-submit = Continue

rule-two-factor-required = Type the six-digit code from your app, or a recovery code.
rule-two-factor-code-wrong = The code is not right. Check the time on your phone and try the newest code.
rule-two-factor-code-used = This code has been used already. Wait for the next one.
