## 가입: 이메일이 새것이든 아니든 같은 답

sign-up-received-title = 감사합니다
sign-up-received-new = 새 이메일이라면 계정이 준비되었습니다. 아래에서 로그인하고 프로필을 이어서 작성하세요.
sign-up-received-existing = 이 이메일로 이미 계정이 있었다면 아무것도 바뀌지 않았습니다. 늘 쓰던 비밀번호로 로그인하세요.

## 2단계 로그인

two-factor-title = 2단계 로그인
two-factor-explained = 로그인할 때 비밀번호를 입력한 다음 휴대폰 앱에 표시되는 6자리 코드를 입력합니다. 누군가 비밀번호를 알아내도 휴대폰이 없으면 로그인할 수 없습니다.
two-factor-required-explained = 공무원과 관리자는 2단계 로그인을 사용해야 합니다. 계속하려면 지금 설정하세요.
two-factor-step-app = 휴대폰에 인증 앱이 없다면 설치하세요(예: FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator).
two-factor-step-scan = 앱에서 계정을 추가하고 이 코드를 스캔하세요.
two-factor-qr-label = 인증 앱에 Corridor를 추가하는 QR 코드
two-factor-step-type = 또는 앱에 이 키를 입력하세요.
two-factor-link = 이 휴대폰의 인증 앱에서 열기
two-factor-step-code = 앱에 지금 표시되는 6자리 코드를 입력하세요.
two-factor-code = 6자리 코드
two-factor-code-hint = 인증 앱에 표시되는 코드입니다. 30초마다 새 코드가 나옵니다.
two-factor-turn-on = 2단계 로그인 켜기
two-factor-on = 2단계 로그인이 켜져 있습니다.
two-factor-recovery-left = { $count ->
   *[other] 남은 복구 코드는 { $count }개입니다.
}
two-factor-required-role = 역할상 2단계 로그인을 반드시 사용해야 하므로 끌 수 없습니다. 휴대폰을 잃어버리면 복구 코드를 사용하거나 관리자에게 문의하세요.
two-factor-turn-off-title = 2단계 로그인 끄기
two-factor-turn-off-explained = 끄려면 앱의 코드나 복구 코드 하나를 입력하세요.
two-factor-turn-off = 끄기
two-factor-done-off = 2단계 로그인이 꺼졌습니다. 이제 비밀번호만으로 로그인합니다.
two-factor-codes-title = 복구 코드
two-factor-done-on = 2단계 로그인이 켜졌습니다.
two-factor-codes-explained = 휴대폰을 잃어버리면 이 코드 하나로 앱 코드 대신 한 번 로그인할 수 있습니다. 지금 적어 두거나 인쇄해서 안전한 곳에 보관하세요. 이 코드는 이번 한 번만 표시됩니다.
two-factor-codes-continue = 코드를 보관했습니다. 계속하기
account-two-factor = 2단계 로그인
account-two-factor-on = 켜짐
account-two-factor-off = 꺼짐
account-two-factor-manage = 2단계 로그인 설정 또는 변경

## 로그인의 코드 단계

sign-in-code-title = 코드 입력
sign-in-code-explained = 비밀번호가 맞습니다. 이제 인증 앱에 Corridor용으로 표시되는 6자리 코드를 입력하세요.
sign-in-code-use-recovery = 휴대폰이 없습니다
sign-in-code-recovery = 복구 코드
sign-in-code-recovery-hint = 2단계 로그인을 켤 때 보관한 코드 중 하나입니다. 각 코드는 한 번만 쓸 수 있습니다.
sign-in-code-submit = 계속

rule-two-factor-required = 앱의 6자리 코드나 복구 코드를 입력하세요.
rule-two-factor-code-wrong = 코드가 맞지 않습니다. 휴대폰 시간을 확인하고 가장 최근 코드를 입력해 보세요.
rule-two-factor-code-used = 이미 사용한 코드입니다. 다음 코드를 기다리세요.
