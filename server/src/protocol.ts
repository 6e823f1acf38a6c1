// Custom requests between the client (status bar, preview) and the server.
export const READINESS_REQUEST = 'sow/readiness';

export interface ReadinessParams {
  uri: string;
}
