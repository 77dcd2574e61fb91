import { useCallback, useEffect, useState } from 'react';

export type GeoState =
  | { status: 'locating' }
  | { status: 'located'; latitude: number; longitude: number; accuracy: number }
  | { status: 'denied' | 'unavailable' | 'outside' };

/** The server accepts coordinates inside China's bounding box only. */
const inChina = (latitude: number, longitude: number) => latitude >= 3 && latitude <= 54 && longitude >= 73 && longitude <= 136;

const hasGeolocation = () => typeof navigator !== 'undefined' && 'geolocation' in navigator;

/**
 * The device position, asked once when the form opens (and again on `retry`). A refusal or a
 * timeout is not an error: the patrol is saved without coordinates.
 */
export function useGeolocation(): { geo: GeoState; retry: () => void } {
  const [geo, setGeo] = useState<GeoState>(() => (hasGeolocation() ? { status: 'locating' } : { status: 'unavailable' }));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!hasGeolocation()) return;
    let cancelled = false;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (cancelled) return;
        setGeo(
          inChina(coords.latitude, coords.longitude)
            ? {
                status: 'located',
                latitude: Number(coords.latitude.toFixed(6)),
                longitude: Number(coords.longitude.toFixed(6)),
                accuracy: Math.round(coords.accuracy),
              }
            : { status: 'outside' },
        );
      },
      (error) => {
        if (!cancelled) setGeo({ status: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' });
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setGeo({ status: 'locating' });
    setAttempt((n) => n + 1);
  }, []);

  return { geo, retry };
}
