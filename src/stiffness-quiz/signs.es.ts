import type { SignStrings } from './signs.js';

/** The warning signs in Spanish (US, "usted"), shared by the quiz and the built-in FAQ. */
const signs: SignStrings = {
  emergency: {
    saddle: 'Nuevo adormecimiento u hormigueo alrededor de las nalgas, los genitales o la parte interna de los muslos',
    bladderBowel:
      'Nuevos problemas para orinar o evacuar: le cuesta empezar, el chorro es débil, no siente cuándo necesita ir al baño, o tiene escapes de orina o heces',
    bothLegs: 'Dolor, adormecimiento o debilidad nuevos, o que empeoran, en las dos piernas, o las piernas le fallan',
    sexual: 'Un cambio nuevo en lo que siente o en cómo funciona su cuerpo durante las relaciones sexuales',
    majorTrauma: 'Dolor que empezó después de un accidente grave o una caída fuerte',
    chestPain: 'Dolor en el pecho',
    bellyPain: 'Dolor repentino y muy fuerte en el vientre (abdomen) y también en la espalda',
  },
  seeDoctor: {
    outOfScope: 'Tener menos de 16 años',
    fever: 'Fiebre, o sentir calor y escalofríos',
    weightLoss: 'Bajar de peso sin intentarlo',
    cancer: 'Cáncer, ahora o en el pasado',
    immune: 'Un sistema inmunitario débil (por una enfermedad o un medicamento), o inyectarse drogas',
    boneRisk:
      'Tener huesos frágiles o tomar pastillas de corticoides (p. ej., prednisona) por mucho tiempo, y el dolor empezó después de una caída leve o de levantar algo',
    lumpShape: 'Un bulto o una hinchazón en la espalda, o la espalda cambió de forma',
    upperBack: 'Dolor sobre todo entre los omóplatos',
    coughSneeze: 'Dolor que empeora mucho al toser, estornudar o evacuar',
    newOver50: 'Dolor de espalda por primera vez a los 50 años o más',
    noEase: 'Rigidez que casi no se alivia',
    constant: 'Un dolor profundo casi todo el tiempo que no se alivia con nada',
    allNight: 'Dolor toda la noche, en cualquier posición',
    longStiffness: 'Rigidez por la mañana que dura más de 1 hora',
    diagnosedIA: 'Un diagnóstico anterior de artritis inflamatoria',
    inflammatoryPattern: 'Señales que duran más de 3 meses y que pueden coincidir con un dolor de espalda inflamatorio',
  },
};

export default signs;
