## Registro: la misma respuesta sea nuevo o no el correo electrónico

sign-up-received-title = Gracias
sign-up-received-new = Si este correo electrónico es nuevo, su cuenta está lista: inicie sesión aquí abajo para seguir con su perfil.
sign-up-received-existing = Si ya tenía una cuenta con este correo electrónico, no se ha cambiado nada: inicie sesión con la contraseña de siempre.

## Verificación en dos pasos

two-factor-title = Verificación en dos pasos
two-factor-explained = Al iniciar sesión, usted escribe su contraseña y después un código de seis cifras de una aplicación de su teléfono. Quien conozca su contraseña no podrá entrar sin su teléfono.
two-factor-required-explained = Los funcionarios y los administradores deben usar la verificación en dos pasos. Actívela ahora para continuar.
two-factor-step-app = Instale una aplicación de autenticación en su teléfono, si no tiene una (por ejemplo FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator).
two-factor-step-scan = En la aplicación, añada una cuenta y escanee este código:
two-factor-qr-label = Código QR para añadir Corridor a una aplicación de autenticación
two-factor-step-type = O escriba esta clave en la aplicación:
two-factor-link = Abrir en la aplicación de autenticación de este teléfono
two-factor-step-code = Escriba el código de seis cifras que muestra ahora la aplicación.
two-factor-code = Código de seis cifras
two-factor-code-hint = De su aplicación de autenticación. Cada 30 segundos aparece uno nuevo.
two-factor-turn-on = Activar la verificación en dos pasos
two-factor-on = La verificación en dos pasos está activada.
two-factor-recovery-left = { $count ->
    [one] Le queda { $count } código de recuperación.
    [many] Le quedan { $count } de códigos de recuperación.
   *[other] Le quedan { $count } códigos de recuperación.
}
two-factor-required-role = Su función obliga a usar la verificación en dos pasos, así que no se puede desactivar. Si pierde su teléfono, use un código de recuperación o pida ayuda a un administrador.
two-factor-turn-off-title = Desactivar la verificación en dos pasos
two-factor-turn-off-explained = Para desactivarla, escriba un código de su aplicación o uno de sus códigos de recuperación.
two-factor-turn-off = Desactivar
two-factor-done-off = La verificación en dos pasos está desactivada. Inicia sesión solo con su contraseña.
two-factor-codes-title = Sus códigos de recuperación
two-factor-done-on = La verificación en dos pasos está activada.
two-factor-codes-explained = Si pierde su teléfono, cada uno de estos códigos le permite iniciar sesión una vez en lugar del código de la aplicación. Anótelos o imprímalos ahora y guárdelos en un lugar seguro: solo se muestran esta vez.
two-factor-codes-continue = Ya guardé mis códigos: continuar
account-two-factor = Verificación en dos pasos
account-two-factor-on = Activada
account-two-factor-off = Desactivada
account-two-factor-manage = Activar o cambiar la verificación en dos pasos

## El paso del código al iniciar sesión

sign-in-code-title = Escriba su código
sign-in-code-explained = Su contraseña es correcta. Ahora escriba el código de seis cifras que su aplicación de autenticación muestra para Corridor.
sign-in-code-use-recovery = No tengo mi teléfono
sign-in-code-recovery = Código de recuperación
sign-in-code-recovery-hint = Uno de los códigos que guardó al activar la verificación en dos pasos. Cada uno sirve una sola vez.
sign-in-code-submit = Continuar

rule-two-factor-required = Escriba el código de seis cifras de su aplicación o un código de recuperación.
rule-two-factor-code-wrong = El código no es correcto. Compruebe la hora de su teléfono y pruebe con el código más reciente.
rule-two-factor-code-used = Este código ya se usó. Espere al siguiente.
