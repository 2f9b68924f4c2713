## Pag-sign up: iisa ang sagot, bago man o hindi ang e-mail

sign-up-received-title = Salamat
sign-up-received-new = Kung bago ang e-mail na ito, handa na ang iyong account: mag-sign in sa ibaba para ituloy ang iyong profile.
sign-up-received-existing = Kung may account ka na gamit ang e-mail na ito, walang binago: mag-sign in gamit ang password na lagi mong ginagamit.

## Dalawang hakbang na pag-sign in

two-factor-title = Dalawang hakbang na pag-sign in
two-factor-explained = Sa pag-sign in, ilalagay mo ang iyong password at pagkatapos ay isang anim na digit na code mula sa isang app sa iyong telepono. Kahit malaman ng iba ang iyong password, hindi sila makakapag-sign in nang wala ang iyong telepono.
two-factor-required-explained = Kailangang gumamit ng dalawang hakbang na pag-sign in ang mga opisyal at administrator. I-set up ito ngayon para makapagpatuloy.
two-factor-step-app = Mag-install ng authenticator app sa iyong telepono kung wala ka pa (halimbawa FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator).
two-factor-step-scan = Sa app, magdagdag ng account at i-scan ang code na ito:
two-factor-qr-label = QR code para idagdag ang Corridor sa isang authenticator app
two-factor-step-type = O i-type ang key na ito sa app:
two-factor-link = Buksan sa authenticator app ng teleponong ito
two-factor-step-code = I-type ang anim na digit na code na ipinapakita ngayon ng app.
two-factor-code = Anim na digit na code
two-factor-code-hint = Mula sa iyong authenticator app. May bago bawat 30 segundo.
two-factor-turn-on = I-on ang dalawang hakbang na pag-sign in
two-factor-on = Naka-on ang dalawang hakbang na pag-sign in.
two-factor-recovery-left = { $count ->
    [one] May natitira kang { $count } recovery code.
   *[other] May natitira kang { $count } na recovery code.
}
two-factor-required-role = Kailangan ng iyong tungkulin ang dalawang hakbang na pag-sign in, kaya hindi ito maaaring i-off. Kung mawala ang iyong telepono, gumamit ng recovery code o lumapit sa isang administrator.
two-factor-turn-off-title = I-off ang dalawang hakbang na pag-sign in
two-factor-turn-off-explained = Para i-off ito, i-type ang code mula sa iyong app o isa sa iyong mga recovery code.
two-factor-turn-off = I-off
two-factor-done-off = Naka-off na ang dalawang hakbang na pag-sign in. Password na lang ang gagamitin mo sa pag-sign in.
two-factor-codes-title = Ang iyong mga recovery code
two-factor-done-on = Naka-on na ang dalawang hakbang na pag-sign in.
two-factor-codes-explained = Kung mawala ang iyong telepono, bawat isa sa mga code na ito ay magagamit nang isang beses para mag-sign in sa halip na code ng app. Isulat o i-print ang mga ito ngayon at itago sa ligtas na lugar: ngayon lang sila ipapakita.
two-factor-codes-continue = Naitabi ko na ang mga code: magpatuloy
account-two-factor = Dalawang hakbang na pag-sign in
account-two-factor-on = Naka-on
account-two-factor-off = Naka-off
account-two-factor-manage = I-set up o baguhin ang dalawang hakbang na pag-sign in

## Ang hakbang ng code sa pag-sign in

sign-in-code-title = Ilagay ang iyong code
sign-in-code-explained = Tama ang iyong password. Ngayon, i-type ang anim na digit na code na ipinapakita ng iyong authenticator app para sa Corridor.
sign-in-code-use-recovery = Wala sa akin ang aking telepono
sign-in-code-recovery = Recovery code
sign-in-code-recovery-hint = Isa sa mga code na itinabi mo nang i-on mo ang dalawang hakbang na pag-sign in. Isang beses lang magagamit ang bawat isa.
sign-in-code-submit = Magpatuloy

rule-two-factor-required = I-type ang anim na digit na code mula sa iyong app, o isang recovery code.
rule-two-factor-code-wrong = Mali ang code. Tingnan ang oras sa iyong telepono at subukan ang pinakabagong code.
rule-two-factor-code-used = Nagamit na ang code na ito. Hintayin ang susunod.
